using LiaisonBot.Protocol;
using LiaisonBot.Storage;

namespace LiaisonBot.Features.Roster;

public static class RosterFeature
{
    public static IServiceCollection AddRoster(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RosterOptions>(configuration.GetSection("Roster"));
        services.AddTable(RosterStore.Table);
        services.AddTable(ConversationStore.Table);
        services.AddSingleton<RosterStore>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<CallerIdentification>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<RosterCommands>();
        return services;
    }

    public static WebApplication MapRoster(this WebApplication app)
    {
        var router = app.Services.GetRequiredService<Router>();
        var identify = app.Services.GetRequiredService<CallerIdentification>();
        var commands = app.Services.GetRequiredService<RosterCommands>();
        router.Use(identify.IdentifyAsync)
            .On(ActivityTypes.ConversationUpdate, commands.WelcomeAsync)
            .Fallback(commands.UnknownTextAsync)
            .OnError(commands.FailedAsync);
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(RosterCommands.HelpCommand, commands.HelpAsync)
            .Add(RosterCommands.WhoAmICommand, commands.WhoAmIAsync)
            .Add(RosterCommands.GroupCommand, commands.GroupAsync)
            .Add(RosterCommands.RosterCommand, commands.OverviewAsync);
        return app;
    }
}
