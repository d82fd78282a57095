using BenchmarkDotNet.Running;
using Samverka.Benchmarks;

// dotnet run -c Release --project bench/Samverka.Benchmarks -- --filter '*CompensationTotals*'
// dotnet run -c Release --project bench/Samverka.Benchmarks -- postgres [children] [months]   (SAMVERKA_BENCH_PG, or a throwaway cluster)
if (args.Length > 0 && args[0] == "postgres")
    return await PostgresComparison.RunAsync(args.Skip(1).ToArray());

BenchmarkSwitcher.FromAssembly(typeof(CompensationData).Assembly).Run(args);
return 0;
