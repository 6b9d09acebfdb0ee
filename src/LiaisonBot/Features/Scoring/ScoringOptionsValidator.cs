using LiaisonBot.Hosting;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Scoring;

/// <summary>Stops the app at start when <see cref="ScoringOptions"/> would break scoring later.</summary>
public sealed class ScoringOptionsValidator : IValidateOptions<ScoringOptions>
{
    public ValidateOptionsResult Validate(string? name, ScoringOptions options) =>
        CheckedOptions.Result(options.Problems());
}
