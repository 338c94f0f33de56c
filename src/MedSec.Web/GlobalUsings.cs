global using MedSec.Analytics.Pay;
global using MedSec.Domain;
