using LiaisonBot.App;
using LiaisonBot.Outbox;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Broadcasts;

public static class BroadcastsFeature
{
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTable(BroadcastStore.Table);
        services.AddTable(BroadcastStore.AckTable);
        services.AddSingleton<BroadcastStore>();
        services.AddSingleton<NoticeRecipients>();
        services.AddSingleton<NoticeProgress>();
        services.AddSingleton<NoticeStatus>();
        services.AddSingleton<ComposeNotice>();
        services.AddSingleton<PreviewNotice>();
        services.AddSingleton<SendNotice>();
        services.AddSingleton<NoticeList>();
        services.AddSingleton<NoticeDetail>();
        services.AddSingleton<RemindUnread>();
        services.AddSingleton<EditSentNotice>();
        services.AddSingleton<RecallNotice>();
        services.AddSingleton<CancelScheduled>();
        services.AddSingleton<ViewNotice>();
        services.AddSingleton<AcknowledgeNotice>();
        services.AddOutboxHook<BroadcastStatusUpdater>(BroadcastStatusUpdater.Hook);
        return services;
    }

    public static WebApplication MapBroadcasts(this WebApplication app)
    {
        var s = app.Services;
        var compose = s.GetRequiredService<ComposeNotice>();
        var recall = s.GetRequiredService<RecallNotice>();
        s.GetRequiredService<CommandCatalog>()
            .Add(ComposeNotice.Command, compose.NewAsync)
            .Add(NoticeList.Command, s.GetRequiredService<NoticeList>().ShowAsync)
            .Verb(BroadcastVerbs.Preview, Roles.Secretariat, s.GetRequiredService<PreviewNotice>().PreviewAsync)
            .Verb(BroadcastVerbs.Send, Roles.Secretariat, s.GetRequiredService<SendNotice>().SendAsync)
            .Verb(BroadcastVerbs.Edit, Roles.Secretariat, compose.EditAsync)
            .Verb(BroadcastVerbs.Update, Roles.Secretariat, s.GetRequiredService<EditSentNotice>().SaveAsync)
            .Verb(BroadcastVerbs.Status, Roles.Secretariat, s.GetRequiredService<NoticeStatus>().ShowAsync)
            .Verb(BroadcastVerbs.Detail, Roles.Secretariat, s.GetRequiredService<NoticeDetail>().ShowAsync)
            .Verb(BroadcastVerbs.Remind, Roles.Secretariat, s.GetRequiredService<RemindUnread>().RemindAsync)
            .Verb(BroadcastVerbs.Recall, Roles.Secretariat, recall.AskAsync)
            .Verb(BroadcastVerbs.RecallConfirm, Roles.Secretariat, recall.ConfirmAsync)
            .Verb(BroadcastVerbs.Cancel, Roles.Secretariat, s.GetRequiredService<CancelScheduled>().CancelAsync)
            .Verb(BroadcastVerbs.Ack, Roles.None, s.GetRequiredService<AcknowledgeNotice>().AckAsync)
            .Verb(BroadcastVerbs.View, Roles.None, s.GetRequiredService<ViewNotice>().ViewAsync);
        return app;
    }
}
