using LiaisonBot.App;

namespace LiaisonBot.Features.Roster;

public static class RosterFeature
{
    public static IServiceCollection AddRoster(this IServiceCollection services)
    {
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<RosterCommands>();
        return services;
    }

    public static WebApplication MapRoster(this WebApplication app)
    {
        var commands = app.Services.GetRequiredService<RosterCommands>();
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(RosterCommands.WhoAmICommand, commands.WhoAmIAsync)
            .Add(RosterCommands.GroupCommand, commands.GroupAsync)
            .Add(RosterCommands.RosterCommand, commands.OverviewAsync);
        return app;
    }
}
