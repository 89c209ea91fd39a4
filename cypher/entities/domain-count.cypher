// How many domain nodes the database holds (an empty database gets the start-up fixtures).
MATCH (n) WHERE n:Project OR n:Theme OR n:Partner OR n:Outcome
RETURN count(n) AS n
