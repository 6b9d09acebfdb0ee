using LiaisonBot.App;
using LiaisonBot.App.Uploads;
using LiaisonBot.Features.DutyFile.Exports;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Storage;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.DutyFile;

public static class DutyFileFeature
{
    public static IServiceCollection AddDutyFile(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DutyFileOptions>().Bind(configuration.GetSection(DutyFileOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DutyFileOptions>, DutyFileOptionsValidator>();
        services.AddPointsBook();
        services.AddSingleton<PointsRecompute>();
        services.AddHostedService(s => s.GetRequiredService<PointsRecompute>());
        services.AddSingleton<IUploadImport, RulesUpload>();
        services.AddSingleton<MyDutyFile>();
        services.AddSingleton<PointsOverview>();
        services.AddSingleton<PointsRulesView>();
        services.AddTable(PointsDownloads.Table);
        services.AddSingleton<PointsDownloads>();
        services.AddSingleton<ExportPoints>();
        services.AddSingleton<DutyFilePrinter>();
        return services;
    }

    /// <summary>The rules, the computed points and what keeps them up to date: shared by the bot and <c>import-points-rules</c>.</summary>
    public static IServiceCollection AddPointsBook(this IServiceCollection services)
    {
        services.AddAttendanceRecords();
        services.AddSupervisionResults();
        services.AddTable(PointsRulesStore.Table);
        services.AddTable(DutyPointsStore.Table);
        services.AddSingleton<PointsRulesStore>();
        services.AddSingleton<DutyPointsStore>();
        services.AddSingleton<PointsStanding>();
        return services.AddSingleton<PointsBook>();
    }

    public static WebApplication MapDutyFile(this WebApplication app)
    {
        var s = app.Services;
        var overview = s.GetRequiredService<PointsOverview>();
        s.GetRequiredService<CommandCatalog>()
            .Add(MyDutyFile.Command, s.GetRequiredService<MyDutyFile>().ShowAsync)
            .Add(PointsOverview.Command, overview.ShowAsync)
            .Verb(DutyFileVerbs.Rules, Roles.Secretariat, s.GetRequiredService<PointsRulesView>().ShowAsync)
            .Verb(DutyFileVerbs.Recompute, Roles.Secretariat, overview.RecomputeAsync)
            .Verb(DutyFileVerbs.Export, Roles.Secretariat, s.GetRequiredService<ExportPoints>().LinkAsync)
            .Verb(DutyFileVerbs.Print, Roles.Member, s.GetRequiredService<ExportPoints>().PrintAsync);
        var recompute = s.GetRequiredService<PointsRecompute>();
        s.GetRequiredService<RecordChanges>().Listen(recompute.Changed);
        PointsRulesView.Template.Map(app);
        PointsRulesView.EnglishTemplate.Map(app);
        app.MapGet(PointsDownloads.Path + "{id}", (string id, ExportPoints export, CancellationToken ct) => export.DownloadAsync(id, ct));
        return app;
    }
}
