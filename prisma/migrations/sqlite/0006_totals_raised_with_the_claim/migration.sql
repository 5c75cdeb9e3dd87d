-- lib/counters/count-once.ts now raises a target's total itself, in the claim's transaction, on
-- both databases: the triggers of 0005 would count every view twice.
DROP TRIGGER "CounterMark_counted";
DROP TRIGGER "CounterMark_counted_again";
