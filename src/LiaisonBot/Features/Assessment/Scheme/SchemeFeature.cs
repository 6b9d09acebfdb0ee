using LiaisonBot.App;
using LiaisonBot.App.Uploads;

namespace LiaisonBot.Features.Assessment.Scheme;

/// <summary>The scheme workbook: attached in the secretariat's chat, shown by <see cref="AssessmentVerbs.Scheme"/>, its templates served.</summary>
public static class SchemeFeature
{
    public static IServiceCollection AddAssessmentScheme(this IServiceCollection services)
    {
        services.AddSingleton<IUploadImport, SchemeUpload>();
        services.AddSingleton<SchemeView>();
        return services;
    }

    public static WebApplication MapAssessmentScheme(this WebApplication app)
    {
        app.Services.GetRequiredService<CommandCatalog>()
            .Verb(AssessmentVerbs.Scheme, Roles.Secretariat, app.Services.GetRequiredService<SchemeView>().ShowAsync);
        SchemeView.Template.Map(app);
        SchemeView.EnglishTemplate.Map(app);
        return app;
    }
}
