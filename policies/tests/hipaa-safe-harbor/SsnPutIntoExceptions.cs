using System;

namespace Clinic;

public static class SsnCheck
{
    public static void Require(string ssn)
    {
        if (ssn.Length != 9)
        {
            throw new ArgumentException("Not a valid SSN: " + ssn); // expect: PHI004
        }
    }
}
