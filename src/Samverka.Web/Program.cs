using Samverka.Web;
using Samverka.Web.Startup;

// Samverka's web app: see SamverkaWebApplication for what it is made of.
var app = SamverkaWebApplication.Build(args);
await app.MigrateAndSeedAsync();
app.Run();
