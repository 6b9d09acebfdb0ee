using Azure.Data.Tables;
using LiaisonBot.Storage;

namespace LiaisonBot.Tests.Storage;

/// <summary>Azure's limits, which Azurite does not enforce: our own guard must.</summary>
public sealed class EntityLimitsTests
{
    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    public void ForbiddenCharacterInKey_IsRefused(string key) =>
        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(new TableEntity("p", key)));

    [Fact]
    public void KeyOver1KiB_IsRefused() =>
        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(new TableEntity(new string('p', 513), "r")));

    [Fact]
    public void MoreThan252Properties_AreRefused()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 253; i++)
        {
            entity[$"P{i}"] = i;
        }

        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(entity));
        entity.Remove("P0");
        EntityLimits.Check(entity);
    }

    [Fact]
    public void StringOver64KiB_IsRefused()
    {
        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(new TableEntity("p", "r") { ["Text"] = new string('字', 32 * 1024) }));
        EntityLimits.Check(new TableEntity("p", "r") { ["Text"] = new string('字', 32 * 1024 - 2) });
    }

    [Fact]
    public void EntityOver1MiB_IsRefused()
    {
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Part{i}"] = new string('x', 32 * 1024 - 2);
        }

        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(entity));
    }

    [Fact]
    public void Batch_MustBeOnePartition_AndAtMost100()
    {
        TableTransactionAction Upsert(string pk, int i) => new(TableTransactionActionType.UpsertReplace, new TableEntity(pk, $"r{i}"));

        Assert.Throws<EntityLimitException>(() => EntityLimits.CheckBatch([Upsert("a", 1), Upsert("b", 2)]));
        Assert.Throws<EntityLimitException>(() => EntityLimits.CheckBatch(Enumerable.Range(0, 101).Select(i => Upsert("a", i)).ToList()));
        EntityLimits.CheckBatch(Enumerable.Range(0, 100).Select(i => Upsert("a", i)).ToList());
    }

    [Fact]
    public void PocoEntities_AreMeasuredByTheirProperties() =>
        Assert.Throws<EntityLimitException>(() => EntityLimits.Check(new LiaisonBot.App.RosterRowEntity
        {
            PartitionKey = "v1",
            RowKey = "m:M1",
            Name = new string('名', 40_000),
        }));
}
