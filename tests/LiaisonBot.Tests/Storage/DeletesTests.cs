using Azure.Data.Tables;
using LiaisonBot.Storage;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Storage;

/// <summary>Two instances erasing the same rows (a close pressed while the closer runs): the second is no error.</summary>
public sealed class DeletesTests
{
    [Fact]
    public async Task DeleteAll_RowsAnotherInstanceDeletedFirst_AreNoError_AndTheRestGo()
    {
        var table = new TableClient(TestStorage.ConnectionString, TestStorage.NewPrefix() + "Deletes");
        await table.CreateIfNotExistsAsync();
        try
        {
            var rows = Enumerable.Range(0, 150).Select(i => new TableEntity("p", i.ToString("D3"))).ToList();
            foreach (var batch in rows.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
            }

            await table.DeleteEntityAsync("p", "007");
            await table.DeleteEntityAsync("p", "120");
            await Task.WhenAll(table.DeleteAllAsync(rows, CancellationToken.None), table.DeleteAllAsync(rows, CancellationToken.None));

            Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
        }
        finally
        {
            await table.DeleteAsync();
        }
    }
}
