using LiaisonBot.App;

namespace LiaisonBot.Features.Roster;

public static class RosterFeature
{
    public static IServiceCollection AddRoster(this IServiceCollection services)
    {
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<InstalledMembers>();
        services.AddSingleton<MyGroup>();
        services.AddSingleton<RosterOverview>();
        return services;
    }

    public static WebApplication MapRoster(this WebApplication app)
    {
        app.Services.GetRequiredService<CommandCatalog>()
            .Add(RosterCommands.WhoAmICommand, WhoAmI.ShowAsync)
            .Add(RosterCommands.GroupCommand, app.Services.GetRequiredService<MyGroup>().ShowAsync)
            .Add(RosterCommands.RosterCommand, app.Services.GetRequiredService<RosterOverview>().ShowAsync);
        return app;
    }
}
