using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.ChannelReports;

public static class ChannelReportsFeature
{
    public static IServiceCollection AddChannelReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddTable(ChannelLinkStore.Table);
        services.AddTable(GroupReportStore.Table);
        services.AddSingleton<ChannelLinkStore>();
        services.AddSingleton<GroupReportStore>();
        services.AddSingleton<GroupFigureCounter>();
        services.AddSingleton<SecretariatCopies>();
        services.AddSingleton<ChannelLinkCommands>();
        services.AddSingleton<ChannelEvents>();
        services.AddSingleton<GroupReportCommands>();
        services.AddOutboxHook<GroupReportPoster>(GroupReportPoster.Hook);
        return services;
    }

    public static WebApplication MapChannelReports(this WebApplication app)
    {
        var events = app.Services.GetRequiredService<ChannelEvents>();
        app.Services.GetRequiredService<Router>()
            .Use(events.RefreshServiceUrlAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamMemberAdded", events.BotAddedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamMemberRemoved", events.MemberRemovedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/channelDeleted", events.ChannelDeletedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/channelRenamed", events.ChannelRenamedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamRenamed", events.TeamRenamedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamDeleted", events.TeamDeletedAsync)
            .On($"{ActivityTypes.ConversationUpdate}/teamHardDeleted", events.TeamDeletedAsync)
            .On(ActivityTypes.InstallationUpdate, events.UninstalledAsync);

        var links = app.Services.GetRequiredService<ChannelLinkCommands>();
        var reports = app.Services.GetRequiredService<GroupReportCommands>();
        const Roles writers = GroupReportCommands.Writers;
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(ChannelLinkCommands.LinkCommand, links.LinkAsync)
            .Add(GroupReportCommands.ComposeCommand, reports.ComposeAsync)
            .Add(GroupReportCommands.OverviewCommand, reports.OverviewAsync)
            .Add(ChannelLinkCommands.ChannelsCommand, links.ChannelsAsync)
            .Verb(ChannelReportVerbs.Unlink, Roles.Secretariat, links.UnlinkAsync)
            .Verb(ChannelReportVerbs.UnlinkConfirm, Roles.Secretariat, links.ConfirmUnlinkAsync)
            .Verb(ChannelReportVerbs.Ours, writers, reports.OursAsync)
            .Verb(ChannelReportVerbs.Save, writers, reports.SaveAsync)
            .Verb(ChannelReportVerbs.Preview, writers, reports.PreviewAsync)
            .Verb(ChannelReportVerbs.Publish, writers, reports.PublishAsync)
            .Verb(ChannelReportVerbs.Open, writers, reports.OpenAsync)
            .Verb(ChannelReportVerbs.Edit, writers, reports.EditAsync)
            .Verb(ChannelReportVerbs.Correct, writers, reports.CorrectAsync)
            .Verb(ChannelReportVerbs.History, writers, reports.HistoryAsync)
            .Verb(ChannelReportVerbs.Full, Roles.None, reports.FullAsync)
            .Verb(ChannelReportVerbs.Summary, Roles.None, reports.SummaryAsync);
        return app;
    }
}
