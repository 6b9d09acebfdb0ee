using Microsoft.Extensions.Options;

namespace LiaisonBot.Hosting;

public static class ConfigurationCheck
{
    /// <summary>
    /// Checks every options section that asked to be checked at start, all at once, before anything reads one: an
    /// operator setting up a deployment learns everything that is missing from one failed start, not one thing per try.
    /// </summary>
    /// <exception cref="OptionsValidationException">Every problem of every section, one per line of the log.</exception>
    public static WebApplication ValidateConfiguration(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return app;
        }
        catch (Exception e) when (Failures(e) is { Count: > 0 } failures)
        {
            app.Logger.LogCritical("LiaisonBot cannot start: the configuration is not valid ({Count} problems).\n{Problems}",
                failures.Count, string.Join('\n', failures.Select(f => "- " + f)));
            throw new OptionsValidationException("configuration", typeof(object), failures);
        }
    }

    private static List<string> Failures(Exception e) => e switch
    {
        OptionsValidationException one => [.. one.Failures],
        AggregateException all => [.. all.InnerExceptions.OfType<OptionsValidationException>().SelectMany(f => f.Failures)],
        _ => [],
    };
}
