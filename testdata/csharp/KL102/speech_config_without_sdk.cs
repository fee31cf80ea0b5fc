// No Speech SDK import: a static FromSubscription on some Config type is another library's.
using System;

var cfg = BillingConfig.FromSubscription(Environment.GetEnvironmentVariable("BILLING_KEY"), "eu");
Console.WriteLine(cfg);
