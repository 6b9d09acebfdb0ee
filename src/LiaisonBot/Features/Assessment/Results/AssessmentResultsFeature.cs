using LiaisonBot.App;

namespace LiaisonBot.Features.Assessment.Results;

/// <summary>The assessment's results: scorecards, the figures' records, the ranking, the workbook and the printable scorecards.</summary>
public static class AssessmentResultsFeature
{
    /// <summary>Needs AddAssessment's stores; the links are sealed with the key ring AddStorage sets up.</summary>
    public static IServiceCollection AddAssessmentResults(this IServiceCollection services)
    {
        services.AddSingleton<ResultsCache>();
        services.AddSingleton<ResultsView>();
        services.AddSingleton<ResultsLinks>();
        services.AddSingleton<ResultsExport>();
        return services;
    }

    public static WebApplication MapAssessmentResults(this WebApplication app)
    {
        var s = app.Services;
        var view = s.GetRequiredService<ResultsView>();
        var export = s.GetRequiredService<ResultsExport>();
        s.GetRequiredService<CommandCatalog>()
            .Verb(AssessmentVerbs.Scorecard, ResultsView.GroupRoles, view.ScorecardAsync)
            .Verb(AssessmentVerbs.Figure, ResultsView.GroupRoles, view.FigureAsync)
            .Verb(AssessmentVerbs.Ranking, ResultsView.RankingRoles, view.RankingAsync)
            .Verb(AssessmentVerbs.Export, Roles.Secretariat, export.ExportAsync)
            .Verb(AssessmentVerbs.Print, ResultsView.GroupRoles, export.PrintAsync);
        app.MapGet(ResultsLinks.Path + "{token}", (string token, ResultsExport files, CancellationToken ct) => files.DownloadAsync(token, ct));
        return app;
    }
}
