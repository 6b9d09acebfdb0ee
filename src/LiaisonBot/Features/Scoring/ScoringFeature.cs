using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Scoring;

public static class ScoringFeature
{
    /// <summary>Needs AddStorage, AddRoster and AddOutbox.</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoringStorage(configuration);
        services.AddSingleton<ScoringCommands>();
        services.AddHostedService<ScoringCloser>();
        return services;
    }

    /// <summary>What reading and closing rounds need, without the chat side: the bot and the export-scores verb share it.</summary>
    public static IServiceCollection AddScoringStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddOptions<ScoringOptions>().Bind(configuration.GetSection(ScoringOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringOptionsValidator>();
        // Sealed scores are only as safe as this key ring: it lives outside the tables, shared by every instance.
        var keys = services.AddDataProtection().SetApplicationName("LiaisonBot");
        if (configuration.GetSection(ScoringOptions.Section).Get<ScoringOptions>()?.KeyRingPath is { Length: > 0 } path)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(path));
        }

        services.AddTable(ScoringStore.Table);
        services.AddTable(BallotBox.Table);
        services.AddTable(BallotStore.Table);
        services.AddSingleton<ScoringStore>();
        services.AddSingleton<ScoreSeal>();
        services.AddSingleton<BallotBox>();
        services.AddSingleton<BallotStore>();
        services.AddSingleton<ScoringTally>();
        return services;
    }

    public static WebApplication MapScoring(this WebApplication app)
    {
        var scoring = app.Services.GetRequiredService<ScoringCommands>();
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(ScoringCommands.HomeCommand, scoring.HomeAsync)
            .Verb(ScoringVerbs.New, Roles.Secretariat, scoring.NewAsync)
            .Verb(ScoringVerbs.Open, Roles.Secretariat, scoring.OpenAsync)
            .Verb(ScoringVerbs.Status, Roles.Secretariat, scoring.StatusAsync)
            .Verb(ScoringVerbs.Turnout, Roles.Secretariat, scoring.TurnoutAsync)
            .Verb(ScoringVerbs.Remind, Roles.Secretariat, scoring.RemindAsync)
            .Verb(ScoringVerbs.Close, Roles.Secretariat, scoring.CloseAsync)
            .Verb(ScoringVerbs.CloseConfirm, Roles.Secretariat, scoring.ConfirmCloseAsync)
            .Verb(ScoringVerbs.Results, Roles.Secretariat | Roles.StandingCommittee, scoring.ResultsAsync)
            .Verb(ScoringVerbs.Mine, Roles.StandingCommittee, scoring.MineAsync)
            .Verb(ScoringVerbs.Page, Roles.StandingCommittee, scoring.PageAsync)
            .Verb(ScoringVerbs.Save, Roles.StandingCommittee, scoring.SaveAsync);
        return app;
    }

    private sealed class ScoringOptionsValidator : IValidateOptions<ScoringOptions>
    {
        public ValidateOptionsResult Validate(string? name, ScoringOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
