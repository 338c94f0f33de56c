global using MedSec.Analytics.Pay;
global using MedSec.Domain;
global using MedSec.Domain.Pay;
