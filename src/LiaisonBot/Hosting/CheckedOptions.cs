using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Hosting;

/// <summary>Options that say what is wrong with them, each message naming its setting as an operator writes it.</summary>
public interface ICheckedOptions
{
    public IEnumerable<string> Problems();
}

public static class CheckedOptions
{
    /// <summary>
    /// <typeparamref name="TOptions"/> checked when the app starts (and at first use in a command-line verb): a section
    /// with problems refuses the start, naming all of them at once. Bind the section on the builder this returns.
    /// </summary>
    public static OptionsBuilder<TOptions> AddCheckedOptions<TOptions>(this IServiceCollection services)
        where TOptions : class, ICheckedOptions
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, ProblemsValidator<TOptions>>());
        return services.AddOptions<TOptions>().ValidateOnStart();
    }

    /// <summary>Success, or one failure that lists every problem.</summary>
    public static ValidateOptionsResult Result(IEnumerable<string> problems) =>
        problems.ToList() is { Count: > 0 } all ? ValidateOptionsResult.Fail(all) : ValidateOptionsResult.Success;

    private sealed class ProblemsValidator<TOptions> : IValidateOptions<TOptions>
        where TOptions : class, ICheckedOptions
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) => Result(options.Problems());
    }
}
