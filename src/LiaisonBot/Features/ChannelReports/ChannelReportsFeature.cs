using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Features.ChannelReports.Links;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.ChannelReports;

public static class ChannelReportsFeature
{
    /// <summary>Who writes group reports: a group's leader for their group, the secretariat for any.</summary>
    public const Roles Writers = Roles.Leader | Roles.Secretariat;

    public static IServiceCollection AddChannelReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddTable(ChannelLinkStore.Table);
        services.AddTable(GroupReportStore.Table);
        services.AddSingleton<ChannelLinkStore>();
        services.AddSingleton<GroupReportStore>();
        services.AddSingleton<PostedReports>();
        services.AddSingleton<GroupFigureCounter>();
        services.AddSingleton<SecretariatCopies>();
        services.AddSingleton<LinkChannel>();
        services.AddSingleton<GroupChannels>();
        services.AddSingleton<UnlinkChannel>();
        services.AddSingleton<ChannelEvents>();
        services.AddSingleton<GroupReportAccess>();
        services.AddSingleton<ReportPlace>();
        services.AddSingleton<ComposeGroupReport>();
        services.AddSingleton<SaveGroupReport>();
        services.AddSingleton<PublishGroupReport>();
        services.AddSingleton<CorrectGroupReport>();
        services.AddSingleton<OpenGroupReport>();
        services.AddSingleton<ReadGroupReport>();
        services.AddSingleton<GroupReportHistory>();
        services.AddSingleton<OurReports>();
        services.AddSingleton<ReportsOverview>();
        services.AddOutboxHook<GroupReportPoster>(GroupReportPoster.Hook);
        return services;
    }

    public static WebApplication MapChannelReports(this WebApplication app)
    {
        var s = app.Services;
        var events = s.GetRequiredService<ChannelEvents>();
        s.GetRequiredService<Router>()
            .Use(events.RefreshServiceUrlAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamMemberAdded", events.BotAddedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamMemberRemoved", events.MemberRemovedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/channelDeleted", events.ChannelDeletedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/channelRenamed", events.ChannelRenamedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamRenamed", events.TeamRenamedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamDeleted", events.TeamDeletedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamHardDeleted", events.TeamDeletedAsync)
            .On(ActivityTypes.InstallationUpdate, events.UninstalledAsync);

        var compose = s.GetRequiredService<ComposeGroupReport>();
        var save = s.GetRequiredService<SaveGroupReport>();
        var unlink = s.GetRequiredService<UnlinkChannel>();
        var read = s.GetRequiredService<ReadGroupReport>();
        s.GetRequiredService<CommandCatalog>()
            .Add(LinkChannel.Command, s.GetRequiredService<LinkChannel>().LinkAsync)
            .Add(ComposeGroupReport.Command, compose.NewAsync)
            .Add(ReportsOverview.Command, s.GetRequiredService<ReportsOverview>().ShowAsync)
            .Add(GroupChannels.Command, s.GetRequiredService<GroupChannels>().ShowAsync)
            .Verb(ChannelReportVerbs.Unlink, Roles.Secretariat, unlink.AskAsync)
            .Verb(ChannelReportVerbs.UnlinkConfirm, Roles.Secretariat, unlink.ConfirmAsync)
            .Verb(ChannelReportVerbs.Ours, Writers, s.GetRequiredService<OurReports>().ShowAsync)
            .Verb(ChannelReportVerbs.Save, Writers, save.SaveAsync)
            .Verb(ChannelReportVerbs.Preview, Writers, save.PreviewAsync)
            .Verb(ChannelReportVerbs.Publish, Writers, s.GetRequiredService<PublishGroupReport>().PublishAsync)
            .Verb(ChannelReportVerbs.Open, Writers, s.GetRequiredService<OpenGroupReport>().OpenAsync)
            .Verb(ChannelReportVerbs.Edit, Writers, compose.EditAsync)
            .Verb(ChannelReportVerbs.Correct, Writers, s.GetRequiredService<CorrectGroupReport>().SaveAsync)
            .Verb(ChannelReportVerbs.History, Writers, s.GetRequiredService<GroupReportHistory>().ShowAsync)
            .Verb(ChannelReportVerbs.Full, Roles.None, read.FullAsync)
            .Verb(ChannelReportVerbs.Summary, Roles.None, read.SummaryAsync);
        return app;
    }
}
