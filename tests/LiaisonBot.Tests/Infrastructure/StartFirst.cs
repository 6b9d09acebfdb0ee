using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("LiaisonBot.Tests.Infrastructure.StartFirstOrderer", "LiaisonBot.Tests")]

namespace LiaisonBot.Tests.Infrastructure;

/// <summary>
/// A test class that takes far longer than the others (a browser, a whole scoring round): started before the rest, so
/// the run does not end waiting for it alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StartFirstAttribute : Attribute;

/// <summary>Runs the collections of <see cref="StartFirstAttribute"/> classes first, the rest in xunit's default order.</summary>
public sealed class StartFirstOrderer : ITestCollectionOrderer
{
    // xunit names the collection it makes for each class after the class.
    private const string PerClass = "Test collection for ";

    private readonly DefaultTestCollectionOrderer defaults = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        defaults.OrderTestCollections(testCollections).OrderBy(c => StartsFirst(c) ? 0 : 1);

    private static bool StartsFirst(ITestCollection collection) =>
        collection.DisplayName.StartsWith(PerClass, StringComparison.Ordinal)
        && typeof(StartFirstOrderer).Assembly.GetType(collection.DisplayName[PerClass.Length..]) is { } type
        && type.IsDefined(typeof(StartFirstAttribute), inherit: false);
}
