using System.Text;
using MedSec.Cli;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, ansi: !Console.IsOutputRedirected);
