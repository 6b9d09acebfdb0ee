using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Azure.Data.Tables;

namespace LiaisonBot.Storage;

/// <summary>
/// Azure Table Storage's limits, checked before a write. Azurite accepts oversize entities, more than 252 properties,
/// cross-partition batches and '/' in keys; Azure does not, so relying on the emulator would hide these until production.
/// </summary>
public static class EntityLimits
{
    public const int MaxKeyBytes = 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxPropertyBytes = 64 * 1024;
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxBatchOperations = 100;
    public const int MaxBatchBytes = 4 * 1024 * 1024;

    public static void Check(ITableEntity entity) => Measure(entity);

    public static void CheckBatch(IReadOnlyCollection<TableTransactionAction> actions)
    {
        if (actions.Count > MaxBatchOperations)
        {
            throw new EntityLimitException($"A batch holds at most {MaxBatchOperations} operations, not {actions.Count}.");
        }

        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new EntityLimitException("All operations in a batch must share one PartitionKey.");
        }

        var bytes = actions.Sum(a => (long)Measure(a.Entity));
        if (bytes > MaxBatchBytes)
        {
            throw new EntityLimitException($"A batch holds at most {MaxBatchBytes} bytes, not about {bytes}.");
        }
    }

    /// <summary>Checks every limit and returns the entity's size by Azure's published formula.</summary>
    private static int Measure(ITableEntity entity)
    {
        CheckKey("PartitionKey", entity.PartitionKey);
        CheckKey("RowKey", entity.RowKey);

        var properties = Properties(entity).ToList();
        if (properties.Count > MaxCustomProperties)
        {
            throw new EntityLimitException($"An entity holds at most {MaxCustomProperties} properties, not {properties.Count}.");
        }

        var size = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2;
        foreach (var (name, value) in properties)
        {
            var valueBytes = ValueBytes(value);
            if (valueBytes > MaxPropertyBytes)
            {
                throw new EntityLimitException($"Property {name} is {valueBytes} bytes; the limit is {MaxPropertyBytes}.");
            }

            size += 8 + name.Length * 2 + valueBytes;
        }

        if (size > MaxEntityBytes)
        {
            throw new EntityLimitException($"The entity is {size} bytes; the limit is {MaxEntityBytes}.");
        }

        return size;
    }

    private static void CheckKey(string which, string? key)
    {
        if (key is null)
        {
            throw new EntityLimitException($"{which} is missing.");
        }

        if (key.Length * 2 > MaxKeyBytes)
        {
            throw new EntityLimitException($"{which} is longer than {MaxKeyBytes} bytes.");
        }

        if (key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new EntityLimitException($"{which} holds a character Azure forbids in keys (/ \\ # ? or a control character).");
        }
    }

    private static int ValueBytes(object? value) => value switch
    {
        null => 0,
        string s => 4 + s.Length * 2,
        byte[] b => 4 + b.Length,
        BinaryData b => 4 + b.ToMemory().Length,
        bool => 1,
        Guid => 16,
        _ => 8,
    };

    private static IEnumerable<(string Name, object? Value)> Properties(ITableEntity entity)
    {
        if (entity is TableEntity dictionary)
        {
            return dictionary
                .Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
                .Select(p => (p.Key, (object?)p.Value));
        }

        return StoredProperties.GetOrAdd(entity.GetType(), type => type
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .Where(p => p.Name is not ("PartitionKey" or "RowKey" or "Timestamp" or "ETag"))
                .Where(p => p.GetCustomAttribute<IgnoreDataMemberAttribute>() is null)
                .ToArray())
            .Select(p => (p.Name, p.GetValue(entity)));
    }

    /// <summary>Reflection is slow and entity types never change: look each one up once.</summary>
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StoredProperties = new();
}

public sealed class EntityLimitException(string message) : ArgumentException(message);
