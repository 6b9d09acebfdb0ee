using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.MassSupervision.Ballots;
using LiaisonBot.Features.MassSupervision.Batches;
using LiaisonBot.Features.MassSupervision.Page;
using LiaisonBot.Features.MassSupervision.Results;
using LiaisonBot.Hosting;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LiaisonBot.Features.MassSupervision;

public static class MassSupervisionFeature
{
    /// <summary>Needs AddStorage (which sets up the key ring that seals codes, ballots and slips) and AddApp.</summary>
    public static IServiceCollection AddMassSupervision(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddCheckedOptions<MassOptions>().Bind(configuration.GetSection(MassOptions.Section));
        services.AddSupervisionResults();
        services.AddTable(CodeStore.Table);
        services.AddSingleton<CodeStore>();
        services.AddSingleton<CampaignKeys>();
        services.AddSingleton<BallotSeal>();
        services.AddSingleton<SlipSeal>();
        services.AddSingleton<SlipLinks>();
        services.AddSingleton<MassTally>();
        services.AddSingleton<SupervisionHome>();
        services.AddSingleton<OpenCampaign>();
        services.AddSingleton<CampaignCard>();
        services.AddSingleton<CreateBatch>();
        services.AddSingleton<VoidBatch>();
        services.AddSingleton<PaperTotals>();
        services.AddSingleton<CloseCampaign>();
        services.AddSingleton<ResultsCard>();
        services.AddSingleton<ResultsDownload>();
        services.AddSingleton<SlipDownload>();
        services.AddHostedService<MassCloser>();
        services.AddBallotPage(configuration);
        return services;
    }

    /// <summary>The closed campaigns' results as other features read them (the duty file, also in <c>import-points-rules</c>).</summary>
    public static IServiceCollection AddSupervisionResults(this IServiceCollection services)
    {
        services.AddTable(CampaignStore.Table);
        services.AddTable(CampaignStore.BatchTable);
        services.AddTable(BallotStore.Table);
        services.TryAddSingleton<CampaignStore>();
        services.TryAddSingleton<BallotStore>();
        services.TryAddSingleton<SupervisionResults>();
        return services;
    }

    public static WebApplication MapMassSupervision(this WebApplication app)
    {
        var s = app.Services;
        const Roles office = Roles.Secretariat;
        var open = s.GetRequiredService<OpenCampaign>();
        var voids = s.GetRequiredService<VoidBatch>();
        var paper = s.GetRequiredService<PaperTotals>();
        var close = s.GetRequiredService<CloseCampaign>();
        s.GetRequiredService<CommandCatalog>()
            .Add(SupervisionHome.Command, s.GetRequiredService<SupervisionHome>().ShowAsync)
            .Verb(MassVerbs.New, office, open.NewAsync)
            .Verb(MassVerbs.Create, office, open.CreateAsync)
            .Verb(MassVerbs.View, office, s.GetRequiredService<CampaignCard>().ShowAsync)
            .Verb(MassVerbs.AddBatch, office, s.GetRequiredService<CreateBatch>().CreateAsync)
            .Verb(MassVerbs.Void, office, voids.AskAsync)
            .Verb(MassVerbs.VoidConfirm, office, voids.ConfirmAsync)
            .Verb(MassVerbs.Paper, office, paper.FormAsync)
            .Verb(MassVerbs.PaperSave, office, paper.SaveAsync)
            .Verb(MassVerbs.Close, office, close.AskAsync)
            .Verb(MassVerbs.CloseConfirm, office, close.ConfirmAsync)
            .Verb(MassVerbs.Results, office, s.GetRequiredService<ResultsCard>().ShowAsync);
        app.MapGet("/supervision/{id}/results.xlsx", (string id, long until, string? lang, string? sig, ResultsDownload download, CancellationToken ct) =>
            download.DownloadAsync(id, until, lang, sig, ct));
        app.MapGet("/supervision/{id}/{batch}/slips.pdf", (string id, string batch, long until, string? lang, string? sig, SlipDownload download,
            CancellationToken ct) => download.DownloadAsync(id, batch, until, lang, sig, ct));
        app.MapBallotPage();
        return app;
    }
}
