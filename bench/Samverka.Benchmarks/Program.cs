using BenchmarkDotNet.Running;
using Samverka.Benchmarks;

// dotnet run -c Release --project bench/Samverka.Benchmarks -- --filter '*CompensationTotals*'
// dotnet run -c Release --project bench/Samverka.Benchmarks -- postgres [children] [months]   (SAMVERKA_BENCH_PG, or a throwaway cluster)
// dotnet run -c Release --project bench/Samverka.Benchmarks -- lines [children] [months] [rounds]   (line path with and without explanations, interleaved)
if (args.Length > 0 && args[0] == "lines")
    return LinePathComparison.Run(args.Skip(1).ToArray());
if (args.Length > 0 && args[0] == "postgres")
    return await PostgresComparison.RunAsync(args.Skip(1).ToArray());

BenchmarkSwitcher.FromAssembly(typeof(CompensationData).Assembly).Run(args);
return 0;
