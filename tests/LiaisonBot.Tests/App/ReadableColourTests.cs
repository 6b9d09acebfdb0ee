using System.Text.Json;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Cards;

namespace LiaisonBot.Tests.App;

/// <summary>
/// Yellow text is unreadable on a white card: where something needs a warning, every card uses a warning container (its
/// background is themed for light, dark and high contrast) or the attention colour.
/// </summary>
public sealed class ReadableColourTests
{
    [Fact]
    public void NoCardOfAnyGallery_HasWarningColouredText()
    {
        foreach (var gallery in CardValidationTests.Galleries())
        {
            foreach (var t in Texts.All)
            {
                foreach (var (name, card) in gallery.Samples(t))
                {
                    Assert.False(JsonSerializer.Serialize(card, BotJson.Options).Contains("\"color\":\"warning\"", StringComparison.OrdinalIgnoreCase),
                        $"{gallery.GetType().Name}/{name}");
                }
            }
        }
    }
}
