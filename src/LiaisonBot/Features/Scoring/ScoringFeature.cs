using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.Scoring.Ballots;
using LiaisonBot.Features.Scoring.Results;
using LiaisonBot.Features.Scoring.Scorers;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Scoring;

public static class ScoringFeature
{
    /// <summary>Needs AddStorage (which sets up the key ring that seals scores), AddRoster and AddOutbox.</summary>
    public static IServiceCollection AddScoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoringStorage(configuration);
        services.AddSingleton<ScoringHome>();
        services.AddSingleton<OpenRound>();
        services.AddSingleton<RoundStatus>();
        services.AddSingleton<RoundTurnout>();
        services.AddSingleton<RemindScorers>();
        services.AddSingleton<CloseRound>();
        services.AddSingleton<RoundResults>();
        services.AddSingleton<ScorerHome>();
        services.AddSingleton<ScoreGroups>();
        services.AddHostedService<ScoringCloser>();
        return services;
    }

    /// <summary>What reading and closing rounds need, without the chat side: the bot and the export-scores verb share it.</summary>
    public static IServiceCollection AddScoringStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddOptions<ScoringOptions>().Bind(configuration.GetSection(ScoringOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScoringOptions>, ScoringOptionsValidator>();
        services.AddTable(ScoringStore.Table);
        services.AddTable(BallotBox.Table);
        services.AddTable(BallotStore.Table);
        services.AddSingleton<ScoringStore>();
        services.AddSingleton<ScoreSeal>();
        services.AddSingleton<BallotBox>();
        services.AddSingleton<BallotStore>();
        services.TryAddSingleton<RecordChanges>();
        services.AddSingleton<ScoringTally>();
        services.AddSingleton<RoundScores>();
        return services;
    }

    public static WebApplication MapScoring(this WebApplication app)
    {
        var s = app.Services;
        var open = s.GetRequiredService<OpenRound>();
        var close = s.GetRequiredService<CloseRound>();
        var score = s.GetRequiredService<ScoreGroups>();
        s.GetRequiredService<CommandCatalog>()
            .Add(ScoringHome.Command, s.GetRequiredService<ScoringHome>().ShowAsync)
            .Verb(ScoringVerbs.New, Roles.Secretariat, open.NewAsync)
            .Verb(ScoringVerbs.Open, Roles.Secretariat, open.OpenAsync)
            .Verb(ScoringVerbs.Status, Roles.Secretariat, s.GetRequiredService<RoundStatus>().ShowAsync)
            .Verb(ScoringVerbs.Turnout, Roles.Secretariat, s.GetRequiredService<RoundTurnout>().ShowAsync)
            .Verb(ScoringVerbs.Remind, Roles.Secretariat, s.GetRequiredService<RemindScorers>().RemindAsync)
            .Verb(ScoringVerbs.Close, Roles.Secretariat, close.AskAsync)
            .Verb(ScoringVerbs.CloseConfirm, Roles.Secretariat, close.ConfirmAsync)
            .Verb(ScoringVerbs.Results, Roles.Secretariat | Roles.StandingCommittee, s.GetRequiredService<RoundResults>().ShowAsync)
            .Verb(ScoringVerbs.Mine, Roles.StandingCommittee, s.GetRequiredService<ScorerHome>().ShowAsync)
            .Verb(ScoringVerbs.Page, Roles.StandingCommittee, score.PageAsync)
            .Verb(ScoringVerbs.Save, Roles.StandingCommittee, score.SaveAsync);
        return app;
    }
}
