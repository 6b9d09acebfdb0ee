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
        services.AddSingleton<BroadcastCommands>();
        services.AddOutboxHook<BroadcastStatusUpdater>(BroadcastStatusUpdater.Hook);
        return services;
    }

    public static WebApplication MapBroadcasts(this WebApplication app)
    {
        var broadcasts = app.Services.GetRequiredService<BroadcastCommands>();
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(BroadcastCommands.ComposeCommand, broadcasts.ComposeAsync)
            .Add(BroadcastCommands.ListCommand, broadcasts.ListAsync)
            .Verb(BroadcastVerbs.Preview, Roles.Secretariat, broadcasts.PreviewAsync)
            .Verb(BroadcastVerbs.Send, Roles.Secretariat, broadcasts.SendAsync)
            .Verb(BroadcastVerbs.Edit, Roles.Secretariat, broadcasts.EditAsync)
            .Verb(BroadcastVerbs.Update, Roles.Secretariat, broadcasts.UpdateAsync)
            .Verb(BroadcastVerbs.Status, Roles.Secretariat, broadcasts.StatusAsync)
            .Verb(BroadcastVerbs.Detail, Roles.Secretariat, broadcasts.DetailAsync)
            .Verb(BroadcastVerbs.Remind, Roles.Secretariat, broadcasts.RemindAsync)
            .Verb(BroadcastVerbs.Recall, Roles.Secretariat, broadcasts.RecallAsync)
            .Verb(BroadcastVerbs.RecallConfirm, Roles.Secretariat, broadcasts.ConfirmRecallAsync)
            .Verb(BroadcastVerbs.Cancel, Roles.Secretariat, broadcasts.CancelAsync)
            .Verb(BroadcastVerbs.Ack, Roles.None, broadcasts.AckAsync)
            .Verb(BroadcastVerbs.View, Roles.None, broadcasts.ViewAsync);
        return app;
    }
}
