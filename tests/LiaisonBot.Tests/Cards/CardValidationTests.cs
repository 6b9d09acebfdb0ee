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
        var (dir, count) = await DumpAsync();

        var result = await RepoTools.NodeAsync("tests/node/validate-cards.js", dir.FullName);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(count >= 20, $"only {count} cards were checked");
        dir.Delete(recursive: true);
    }

    /// <summary>Teams' own card types (npm @microsoft/teams.cards), by the TypeScript compiler: what Teams itself renders by.</summary>
    [Fact]
    public async Task EveryCard_InBothLanguages_PassesTeamsOwnCardSchema()
    {
        var (dir, count) = await DumpAsync();

        var result = await RepoTools.NodeAsync("tests/node/typecheck-cards.js", dir.FullName);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"{count} card(s) checked", result.Output);
        dir.Delete(recursive: true);
    }

    /// <summary>Every gallery card as JSON files; <c>LIAISONBOT_CARDS_DIR</c> keeps a copy there, to look at them.</summary>
    private static async Task<(DirectoryInfo Dir, int Count)> DumpAsync()
    {
        var dir = Directory.CreateTempSubdirectory("cards-");
        var keep = Environment.GetEnvironmentVariable("LIAISONBOT_CARDS_DIR");
        var count = 0;
        foreach (var texts in Texts.All)
        {
            foreach (var gallery in Galleries())
            {
                foreach (var (name, card) in gallery.Samples(texts))
                {
                    var file = Path.Combine(dir.FullName, $"{gallery.GetType().Name}.{name}.{texts.Culture.Name}.json");
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(card, BotJson.Options));
                    if (keep is { Length: > 0 })
                    {
                        File.Copy(file, Path.Combine(Directory.CreateDirectory(keep).FullName, Path.GetFileName(file)), overwrite: true);
                    }
                    count++;
                }
            }
        }

        return (dir, count);
    }
}
