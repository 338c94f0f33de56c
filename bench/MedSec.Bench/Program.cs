Console.WriteLine("usage: dotnet run -c Release --project bench/MedSec.Bench -- <benchmark>");
return 0;
