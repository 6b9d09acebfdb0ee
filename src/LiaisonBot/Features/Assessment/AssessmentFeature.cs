using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Results;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Assessment;

/// <summary>The annual assessment of the liaison groups (联络组年度考核): scheme, self-evaluation, figures, review, approval, results.</summary>
public static class AssessmentFeature
{
    public static IServiceCollection AddAssessment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTable(AssessmentStore.Table);
        services.AddTable(AssessmentStore.GroupTable);
        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<AssessmentResults>();
        services.AddAssessmentScheme();
        services.AddAssessmentFigures();
        services.AddAssessmentProcess(configuration);
        services.AddAssessmentResults();
        return services;
    }

    public static WebApplication MapAssessment(this WebApplication app)
    {
        app.MapAssessmentScheme();
        app.MapAssessmentFigures();
        app.MapAssessmentProcess();
        app.MapAssessmentResults();
        return app;
    }
}
