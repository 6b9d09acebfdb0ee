using LiaisonBot.App;

namespace LiaisonBot.Features.DutyFile;

public static class DutyFileFeature
{
    public static IServiceCollection AddDutyFile(this IServiceCollection services)
    {
        services.AddSingleton<MyDutyFile>();
        return services;
    }

    public static WebApplication MapDutyFile(this WebApplication app)
    {
        var s = app.Services;
        s.GetRequiredService<CommandCatalog>().Add(MyDutyFile.Command, s.GetRequiredService<MyDutyFile>().ShowAsync);
        return app;
    }
}
