using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Hosting;
using LiaisonBot.Reminders;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>The process of a year's assessment: its home, opening, self-evaluation, reminders, review, recompute and approval.</summary>
public static class ProcessFeature
{
    public static IServiceCollection AddAssessmentProcess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWorkCalendar(configuration);
        services.AddCheckedOptions<ProcessOptions>().Bind(configuration.GetSection(ProcessOptions.Section));
        services.AddSingleton<ProcessMail>();
        services.AddSingleton<SelfEvaluation>();
        services.AddSingleton<AssessmentHome>();
        services.AddSingleton<OpenAssessment>();
        services.AddSingleton<ReviewList>();
        services.AddSingleton<ReviewGroup>();
        services.AddSingleton<RecomputeFigures>();
        services.AddSingleton<ApproveAssessment>();
        services.AddReminderPass<SelfReminders>(configuration);
        return services;
    }

    /// <summary>Every verb with its role, checked on the server: the secretariat's steps, the leader's self-evaluation, anyone's home.</summary>
    public static WebApplication MapAssessmentProcess(this WebApplication app)
    {
        var s = app.Services;
        const Roles office = Roles.Secretariat;
        var open = s.GetRequiredService<OpenAssessment>();
        var self = s.GetRequiredService<SelfEvaluation>();
        var review = s.GetRequiredService<ReviewGroup>();
        var approve = s.GetRequiredService<ApproveAssessment>();
        s.GetRequiredService<CommandCatalog>()
            .Add(AssessmentHome.Command, s.GetRequiredService<AssessmentHome>().ShowAsync)
            .Verb(AssessmentVerbs.Open, office, open.AskAsync)
            .Verb(AssessmentVerbs.OpenConfirm, office, open.ConfirmAsync)
            .Verb(AssessmentVerbs.Self, Roles.Leader, self.ShowAsync)
            .Verb(AssessmentVerbs.SelfSave, Roles.Leader, self.SaveAsync)
            .Verb(AssessmentVerbs.SelfSubmit, Roles.Leader, self.SubmitAsync)
            .Verb(AssessmentVerbs.Review, office, s.GetRequiredService<ReviewList>().ShowAsync)
            .Verb(AssessmentVerbs.ReviewGroup, office, review.ShowAsync)
            .Verb(AssessmentVerbs.ReviewSave, office, review.SaveAsync)
            .Verb(AssessmentVerbs.Recompute, office, s.GetRequiredService<RecomputeFigures>().RecomputeAsync)
            .Verb(AssessmentVerbs.Approve, office, approve.AskAsync)
            .Verb(AssessmentVerbs.ApproveConfirm, office, approve.ConfirmAsync);
        return app;
    }
}
