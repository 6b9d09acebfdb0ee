using LiaisonBot.App.Uploads;
using LiaisonBot.Conversations;
using LiaisonBot.Hosting;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.App;

/// <summary>The application core every feature builds on: who the sender is, what they may do, help and failures.</summary>
public static class AppRegistration
{
    public static IServiceCollection AddApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<RosterOptions>().Bind(configuration.GetSection(RosterOptions.Section));
        services.AddTable(RosterStore.Table);
        services.AddSingleton<RosterStore>();
        services.AddConversations();
        services.AddSingleton<SenderIdentification>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<AppCommands>();
        services.AddSingleton<ActAs>();
        services.AddHttpContextAccessor();
        services.Configure<PublicAddressOptions>(configuration.GetSection(PublicAddressOptions.Section));
        services.AddSingleton<PublicAddress>();
        services.TryAddSingleton<RecordChanges>();
        services.AddCheckedOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.Section));
        services.AddSingleton<FileUploads>();
        services.AddHttpClient(FileUploads.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        return services;
    }

    /// <summary>
    /// The bot's public address checked at start: the web app hands out links, so in Production it starts only with one.
    /// Not for the command-line verbs, which hand out none.
    /// </summary>
    public static IServiceCollection ValidatePublicAddress(this IServiceCollection services)
    {
        services.AddOptions<PublicAddressOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicAddressOptions>, PublicAddressOptionsValidator>();
        return services;
    }

    /// <summary>
    /// Identifies every sender before any handler runs, wherever this is called; help takes its place on the cards in the
    /// order the features are mapped.
    /// </summary>
    public static WebApplication MapApp(this WebApplication app)
    {
        var commands = app.Services.GetRequiredService<AppCommands>();
        app.Services.GetRequiredService<Router>()
            .Use(app.Services.GetRequiredService<SenderIdentification>().IdentifyAsync)
            .On(ActivityTypes.ConversationUpdate, commands.WelcomeAsync)
            .Fallback(commands.UnknownTextAsync)
            .OnError(commands.FailedAsync)
            .Files(app.Services.GetRequiredService<FileUploads>().HandleAsync)
            .NotServed(commands.NotServedAsync);
        app.Services.GetRequiredService<CommandCatalog>().Add(AppCommands.HelpCommand, commands.HelpAsync);
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous)
        {
            app.Services.GetRequiredService<Router>().Command(ActAs.Words, app.Services.GetRequiredService<ActAs>().HandleAsync);
        }
        return app;
    }
}
