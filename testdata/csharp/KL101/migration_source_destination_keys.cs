// A migration tool copies a Custom Vision project from a source resource to a destination:
// SourceKey and DestinationKey name the roles of two keys of the same service, not another
// service's keys.
using System.Threading.Tasks;
using Microsoft.Azure.CognitiveServices.Vision.CustomVision.Training;

namespace Migrator
{
    public class MigrateOptions
    {
        public string SourceEndpoint { get; set; }
        public string SourceKey { get; set; }
        public string DestinationEndpoint { get; set; }
        public string DestinationKey { get; set; }
    }

    public class Migrate
    {
        private readonly MigrateOptions options;

        public Migrate(MigrateOptions options) => this.options = options;

        public async Task RunAsync()
        {
            var source = new CustomVisionTrainingClient(new Microsoft.Azure.CognitiveServices.Vision.CustomVision.Training.ApiKeyServiceClientCredentials(this.options.SourceKey)) // want "KL101"
            {
                Endpoint = this.options.SourceEndpoint
            };
            var destination = new CustomVisionTrainingClient(new ApiKeyServiceClientCredentials(this.options.DestinationKey)) // want "KL101"
            {
                Endpoint = this.options.DestinationEndpoint
            };
            var projects = await source.GetProjectsAsync();
            await destination.GetProjectsAsync();
        }
    }
}
