using LiaisonBot.Storage;

namespace LiaisonBot.Tests.Storage;

public sealed class KeysTests
{
    [Theory]
    [InlineData("29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWE8hv", "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWE8hv")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("50%/#?", "50%25%2F%23%3F")]
    [InlineData("19:x@thread.tacv2;messageid=1", "19:x@thread.tacv2;messageid=1")]
    public void Escape_KeepsIdsReadable_AndRemovesForbiddenCharacters(string id, string key) =>
        Assert.Equal(key, Keys.Escape(id));

    [Fact]
    public void Escape_NeverMapsTwoIdsToOneKey() =>
        Assert.NotEqual(Keys.Escape("a/b"), Keys.Escape("a%2Fb"));

    [Fact]
    public void NewestFirst_SortsLaterTimesBefore()
    {
        var now = DateTimeOffset.Parse("2026-11-25T08:00:00Z");

        Assert.True(string.CompareOrdinal(Keys.NewestFirst(now.AddSeconds(1)), Keys.NewestFirst(now)) < 0);
    }
}
