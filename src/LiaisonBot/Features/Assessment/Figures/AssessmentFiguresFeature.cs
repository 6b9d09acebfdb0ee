using LiaisonBot.App;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Reports;

namespace LiaisonBot.Features.Assessment.Figures;

/// <summary>The assessment's computed figures and what keeps them current.</summary>
public static class AssessmentFiguresFeature
{
    /// <summary>Needs the features whose read models the figures use (plans, reports, channel reports, duty file, scoring, mass supervision).</summary>
    public static IServiceCollection AddAssessmentFigures(this IServiceCollection services)
    {
        services.AddSingleton<PlanItems>();
        services.AddSingleton<ChannelItems>();
        services.AddSingleton<MemberItems>();
        services.AddSingleton<CommitteeItems>();
        services.AddSingleton<AssessmentFigures>();
        services.AddSingleton<FigureRecompute>();
        services.AddHostedService(s => s.GetRequiredService<FigureRecompute>());
        return services;
    }

    /// <summary>Listens for changed records, so an open year's figures follow the data.</summary>
    public static WebApplication MapAssessmentFigures(this WebApplication app)
    {
        app.Services.GetRequiredService<RecordChanges>().Listen(app.Services.GetRequiredService<FigureRecompute>().Changed);
        return app;
    }
}
