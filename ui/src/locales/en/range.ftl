# Problems with a custom date range on Insights (lib/range.ts)
range-pick-both = Pick both dates.
range-end-before-start = The end is before the start.
range-in-future = That range is in the future.
