using System.Collections;
using System.Globalization;
using System.Resources;
using LiaisonBot.Localization;

namespace LiaisonBot.Tests.Localization;

public sealed class TextsTests
{
    [Fact]
    public void EveryText_ExistsInEnglishAndChinese_AndKeepsItsPlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-CN"));

        // Chinese has one plural form, so an English ".One" text has no Chinese twin; its ".Other" has.
        Assert.Empty(english.Keys.Where(k => !k.EndsWith(".One", StringComparison.Ordinal)).Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.All(english.Keys.Where(k => k.EndsWith(".One", StringComparison.Ordinal)), k => Assert.Contains(k[..^4] + ".Other", chinese.Keys));
        Assert.DoesNotContain(chinese.Keys, k => k.EndsWith(".One", StringComparison.Ordinal));
        foreach (var (key, text) in english.Where(e => chinese.ContainsKey(e.Key)))
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[key]), key);
            Assert.True(Placeholders(text).SetEquals(Placeholders(chinese[key])), $"{key}: placeholders differ");
        }
    }

    [Theory]
    [InlineData("zh-CN", "帮助")]
    [InlineData("zh-TW", "帮助")]
    [InlineData("zh", "帮助")]
    [InlineData("en-US", "help")]
    [InlineData("fr-FR", "help")]
    [InlineData(null, "help")]
    public void Locale_ChoosesTheLanguage(string? locale, string help) =>
        Assert.Equal(help, Texts.For(locale)["Command.help"]);

    [Theory]
    [InlineData(0, "0 reports", "0 条")]
    [InlineData(1, "1 report", "1 条")]
    [InlineData(2, "2 reports", "2 条")]
    [InlineData(21, "21 reports", "21 条")]
    public void Plural_PicksTheFormOfTheCount_InEachLanguage(int n, string english, string chinese)
    {
        Assert.Equal(english, Texts.English.Plural("Report.Count", n));
        Assert.Equal(chinese, Texts.Chinese.Plural("Report.Count", n));
    }

    [Theory]
    [InlineData("Plans.Task.Overdue", "3 Mar 2027", "Overdue: due 3 Mar 2027 (1 day ago)", "已逾期：应于 3 Mar 2027 完成（逾期 1 天）")]
    [InlineData("Broadcast.Reminded", "", "Reminder sent to 1 person.", "已向 1 人发送提醒。")]
    [InlineData("Roster.Installed", "0", "LiaisonBot installed: 0 of 1 person on the roster.", "1 人中已有 0 人安装联络组助手。")]
    public void Plural_OfOne_ReadsAsOneThing(string key, string argument, string english, string chinese)
    {
        Assert.Equal(english, Texts.English.Plural(key, 1, argument));
        Assert.Equal(chinese, Texts.Chinese.Plural(key, 1, argument));
    }

    [Fact]
    public void Plural_FormatsFurtherArguments_AfterTheCount() =>
        Assert.Equal("1 report · page 1 of 2", Texts.English.Plural("Report.Page", 1, 1, 2));

    [Fact]
    public void NoEnglishText_CountsWithAParenthesisedPlural_OrFullWidthBrackets()
    {
        var english = Read(CultureInfo.InvariantCulture);

        Assert.DoesNotContain(english, e => e.Value.Contains("(s)", StringComparison.Ordinal));
        Assert.DoesNotContain(english, e => e.Value.IndexOfAny(['（', '）', '：', '，']) >= 0);
    }

    /// <summary>
    /// A count of people, groups, days… goes through <see cref="Texts.Plural"/>, so "1 members" cannot be written.
    /// The exceptions count what is never one: limits, pages of a split report, the members of a group.
    /// </summary>
    [Fact]
    public void EveryEnglishCountOfThings_IsAPluralText()
    {
        string[] neverOne = ["Plans.File.TooManyItems", "Plans.File.TooManyRows", "GroupReport.Full.Open", "Report.All.GroupLine.One"];
        var counted = new System.Text.RegularExpressions.Regex(
            @"\{\d+\}\s+(more\s+)?(members|groups|people|recipients|days|problems|reports|tasks|ballots|items|rows|pages|times)\b");

        var singular = Read(CultureInfo.InvariantCulture)
            .Where(e => !e.Key.EndsWith(".Other", StringComparison.Ordinal) && !neverOne.Contains(e.Key) && counted.IsMatch(e.Value))
            .Select(e => e.Key);

        Assert.Empty(singular);
    }

    [Fact]
    public void MissingKey_Throws_SoACardTestFailsInsteadOfShowingAKey() =>
        Assert.Throws<KeyNotFoundException>(() => Texts.Chinese["No.Such.Key"]);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var manager = new ResourceManager("LiaisonBot.Localization.Strings", typeof(Texts).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();
}
