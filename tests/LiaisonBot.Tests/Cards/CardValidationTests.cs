using System.Text.Json;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Cards;

public sealed class CardValidationTests
{
    public static IEnumerable<ICardSamples> Galleries() =>
        typeof(CardValidationTests).Assembly.GetTypes()
            .Where(t => typeof(ICardSamples).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (ICardSamples)Activator.CreateInstance(t)!);

    [Fact]
    public async Task EveryCard_InBothLanguages_PassesTheOfficialAdaptiveCardsRenderer()
    {
        var dir = Directory.CreateTempSubdirectory("cards-");
        var count = 0;
        foreach (var texts in Texts.All)
        {
            foreach (var gallery in Galleries())
            {
                foreach (var (name, card) in gallery.Samples(texts))
                {
                    var file = Path.Combine(dir.FullName, $"{gallery.GetType().Name}.{name}.{texts.Culture.Name}.json");
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(card, BotJson.Options));
                    count++;
                }
            }
        }

        var result = await RepoTools.NodeAsync("tests/node/validate-cards.js", dir.FullName);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(count >= 20, $"only {count} cards were checked");
        dir.Delete(recursive: true);
    }
}
