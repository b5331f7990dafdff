# Making Data Count charts (issue 18): the staff face's Reports, the printed report and the
# borough's report. Staff text is English; other locales fall back to it.

## On the chart

mdc-chart-mean = Mean
mdc-chart-upper = Upper limit
mdc-chart-lower = Lower limit
mdc-chart-limits = Process limits
mdc-chart-target = Target
mdc-chart-trial = Trial limits: too few weeks yet
# The same, short, over the limits of a small chart (the borough report's small multiples).
mdc-chart-trial-tag = Trial limits
mdc-chart-rebased = Rebased
mdc-chart-no-data = No week in this period has a value
mdc-key-improvement = Special cause: improvement
mdc-key-concern = Special cause: concern
mdc-key-neutral = Special cause: a change
mdc-key-common-cause = Common cause

## The icons' meanings

mdc-variation-none = No data
mdc-variation-common-cause = Common cause: no significant change
mdc-variation-improvement-high = Special cause: improvement (higher)
mdc-variation-improvement-low = Special cause: improvement (lower)
mdc-variation-concern-high = Special cause: concern (higher)
mdc-variation-concern-low = Special cause: concern (lower)
mdc-variation-neutral-high = Special cause: higher (neither better nor worse)
mdc-variation-neutral-low = Special cause: lower (neither better nor worse)
mdc-assurance-consistent-pass = Assurance: will meet the target every week
mdc-assurance-consistent-fail = Assurance: will miss the target every week until the process changes
mdc-assurance-inconsistent = Assurance: will meet the target in some weeks and miss it in others
mdc-assurance-none = No target set

## Sentences under the chart

# $weeks is mdc-weeks for the signal's length, e.g. "Seven weeks".
mdc-weeks = { $count ->
    [1] One week
    [2] Two weeks
    [3] Three weeks
    [4] Four weeks
    [5] Five weeks
    [6] Six weeks
    [7] Seven weeks
    [8] Eight weeks
    [9] Nine weeks
    [10] Ten weeks
   *[other] { $count } weeks
}
mdc-sentence-special = Special cause: { $kind ->
        [improvement] improvement
        [concern] concern
       *[neutral] a change
    }. { $rule ->
        [outside-one] { $side ->
            [high] Above the upper limit
           *[low] Below the lower limit
        } in { $since }.
        [outside] { $weeks } { $side ->
            [high] above the upper limit
           *[low] below the lower limit
        } since { $since }.
        [trend] { $weeks } { $side ->
            [high] rising
           *[low] falling
        } in a row since { $since }.
        [two-of-three] Two of three weeks close to the { $side ->
            [high] upper
           *[low] lower
        } limit since { $since }.
       *[shift] { $weeks } { $side ->
            [high] above
           *[low] below
        } the mean since { $since }.
    }
mdc-sentence-common-cause = Common cause: the latest week shows no sign of change; the process is stable within its limits.
mdc-sentence-no-data = No week in this period has a value yet.
mdc-assurance-sentence-pass = The target ({ $target }) lies outside the limits on the good side: as it runs now, the process will meet it every week.
mdc-assurance-sentence-fail = The target ({ $target }) lies outside the limits on the wrong side: the process will miss it every week until it changes.
mdc-assurance-sentence-inconsistent = The target ({ $target }) lies between the limits: the process will meet it in some weeks and miss it in others.
# $weeks is the number of values firm limits need (12).
mdc-sentence-trial = Trial limits: the mean and limits come from fewer than { $weeks } weeks with a value, so they are not yet a firm guide.
# A week the chosen period covers only in part holds part of a week's count, so it is left
# off the chart. $week is its name (2026-W45); $from and $to are the period's first and last days.
mdc-sentence-part-week-start = { $week } is not plotted: the period starts on { $from }, after that week began, so it holds only part of the week.
mdc-sentence-part-week-end = { $week } is not plotted: the period ends on { $to }, before that week is over, so it holds only part of the week. The week in progress is never plotted.
mdc-sentence-part-week-only = { $week } is not plotted: the period, { $from } to { $to }, is only part of that week.

## The Reports tab

mdc-show-run-chart = Run chart
mdc-show-mdc = Making Data Count
mdc-chart-kind = Chart
mdc-chart-kind-hint = The run chart is for the practice's tests of change (PDSA). The Making Data Count chart is how the borough, the GP Care Group and the ICB read the same measure.
mdc-what-it-means = What the chart says
mdc-variation-heading = Variation
mdc-assurance-heading = Assurance
mdc-settings-note = Target, screening and fixed limits are set in Settings (Making Data Count charts) or by the borough's process pack.
mdc-rebases = Rebasing
mdc-rebases-intro = Rebase only on purpose, after a sustained change you can explain: from the week chosen, the chart takes a new mean and new limits. Only an administrator can add or remove a rebase; each one is written in the audit log.
mdc-rebases-none = This measure has no rebase.
mdc-rebase-item = From { $week }: { $reason } (added by { $name })
mdc-rebase-week = Week starting
# The first choice of the week list, before a week is chosen.
mdc-rebase-week-choose = Choose a week
mdc-rebase-reason = Reason
mdc-rebase-add = Add rebase
mdc-rebase-remove = Remove
mdc-rebase-error-reason = Enter the reason for the rebase (up to 200 characters).
mdc-rebase-error-week = Choose a week that has already started.
mdc-rebase-error-duplicate = This measure already has a rebase that week.
mdc-rebase-error-not-found = That rebase has already been removed.
error-code-rebase-refused = The rebase could not be saved.
mdc-print = Print this report
mdc-print-hint = Prints every measure's chart, as shown (run charts or Making Data Count), for the period and group chosen, on A4.
mdc-printed = The report was sent to the printer.
mdc-export-csv = CSV for the NHS tools
mdc-print-title = { $practice }: weekly report
mdc-print-period = Weeks from { $from } to { $to }. Printed on { $printed }.
mdc-print-group = Only { $breakdown }: { $group }

## Settings: Making Data Count charts

mdc-settings-title = Making Data Count charts
mdc-settings-intro = How the Reports tab draws its Making Data Count charts, and the borough's report with them. A borough's process pack can set these for every practice.
mdc-settings-targets = Targets
mdc-settings-targets-hint = A weekly target per measure, for the assurance icon. Leave empty for no target. Counts are a week, conversions in %, days in days.
mdc-settings-screen = Leave very large week-to-week jumps out of the limits (as NHSRplotthedots does; the MDC Excel tool keeps them)
mdc-settings-fix-after = Fix the limits after this many weeks
mdc-settings-fix-after-hint = The mean and limits are taken from the first weeks of each stretch and later weeks are judged against them (12 to 520). Leave empty to recalculate them every week.
mdc-settings-save = Save chart settings
mdc-settings-saved = Chart settings saved and in use.
settings-error-mdc-target = Enter a number from 0 to 100000, or leave it empty.
settings-error-mdc-fix-limits-after = Enter a number of weeks from 12 to 520, or leave it empty.

## The borough's report (borough.html)

mdc-borough-title = Borough report: online access sign-ups
mdc-borough-intro = { $practices } practices, weeks { $from } to { $to }. Made by Access Kiosk from the practices' anonymous aggregate files on { $made }.
mdc-borough-method = Charts follow NHS England's Making Data Count (as NHSRplotthedots draws them): the mean, process limits at 2.66 times the mean moving range, and four special-cause rules. Blue points are improvement, orange concern, grey common cause.
mdc-borough-suppressed = Counts from 1 to 7 are suppressed in the practices' files and others rounded to 5. A suppressed week is a gap, never a zero, and a borough week with any suppressed practice is a gap too, as is a week that any practice's file does not cover (so a practice joining later is not drawn as a jump).
mdc-borough-contents = Measures
mdc-borough-chart = Borough
mdc-borough-no-chart = A borough median cannot be made from the practices' medians, so this measure has no borough chart; each practice's own chart is below.
mdc-borough-target-count = Borough target: { $target } a week ({ $each } a practice, { $practices } practices).
mdc-borough-practices = Practices
mdc-borough-sort-hint = Select a column heading to sort the table by it.
mdc-borough-col-practice = Practice
mdc-borough-col-latest = Latest week
mdc-borough-col-mean = Mean
mdc-borough-col-variation = Variation
mdc-borough-col-assurance = Assurance
mdc-borough-col-suppressed = Weeks suppressed
mdc-borough-col-says = What the chart says
mdc-borough-small-multiples = Each practice
mdc-borough-settings = Targets and method: { $source }.
mdc-borough-settings-pack = from the process pack { $pack }
mdc-borough-settings-none = no process pack given, so no targets, screening on and limits recalculated every week
mdc-borough-back = Back to the measures
