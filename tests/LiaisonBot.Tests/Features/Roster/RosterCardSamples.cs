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

        yield return ("whoami-member", RosterCards.WhoAmI(member));
        yield return ("whoami-secretariat", RosterCards.WhoAmI(office));
        yield return ("group-leader", RosterCards.Group(leader, everyone));
        yield return ("group-member", RosterCards.Group(member, new HashSet<string>()));
        yield return ("group-none", RosterCards.Group(office, everyone));
        yield return ("roster", RosterCards.Overview(office, everyone));
        yield return ("roster-empty", RosterCards.Overview(new Caller(SampleRoster.Secretariat, Committee.Empty, t), everyone));
    }
}
