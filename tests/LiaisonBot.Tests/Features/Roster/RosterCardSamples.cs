using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Roster;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Roster;

public sealed class RosterCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var everyone = roster.Members.Select(m => m.Code).ToHashSet();
        var leader = new Caller(SampleRoster.Leader, roster, t);
        var member = new Caller(SampleRoster.Member, roster, t);
        var office = new Caller(SampleRoster.Secretariat, roster, t);

        yield return ("whoami-member", WhoAmI.Card(member));
        yield return ("whoami-secretariat", WhoAmI.Card(office));
        yield return ("group-leader", MyGroup.Card(leader, everyone));
        yield return ("group-member", MyGroup.Card(member, new HashSet<string>()));
        yield return ("group-none", MyGroup.Card(office, everyone));
        yield return ("roster", RosterOverview.Card(office, everyone));
        yield return ("roster-empty", RosterOverview.Card(new Caller(SampleRoster.Secretariat, Committee.Empty, t), everyone));
    }
}
