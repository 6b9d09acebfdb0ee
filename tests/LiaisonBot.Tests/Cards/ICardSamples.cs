using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Tests.Cards;

/// <summary>
/// Each feature's tests list every card the feature can produce, filled with realistic (and worst-case) data;
/// <see cref="CardValidationTests"/> finds them all and checks them in both languages.
/// </summary>
public interface ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts texts);
}
