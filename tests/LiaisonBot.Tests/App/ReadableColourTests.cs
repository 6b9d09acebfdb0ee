using System.Text.Json;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Features.Roster;
using LiaisonBot.Tests.Features.Scoring;

namespace LiaisonBot.Tests.App;

/// <summary>
/// Yellow text is unreadable on a white card: where something needs a warning, the app's and these features' cards use a
/// warning container (its background is themed for light, dark and high contrast) or the attention colour.
/// </summary>
public sealed class ReadableColourTests
{
    public static readonly TheoryData<string> Galleries = new(nameof(AppCardSamples), nameof(ReportCardSamples), nameof(ScoringCardSamples), nameof(RosterCardSamples));

    [Theory]
    [MemberData(nameof(Galleries))]
    public void NoCard_HasWarningColouredText(string gallery)
    {
        var samples = CardValidationTests.Galleries().Single(g => g.GetType().Name == gallery);
        foreach (var t in Texts.All)
        {
            foreach (var (name, card) in samples.Samples(t))
            {
                Assert.False(JsonSerializer.Serialize(card, BotJson.Options).Contains("\"color\":\"warning\"", StringComparison.OrdinalIgnoreCase), $"{gallery}/{name}");
            }
        }
    }
}
