/** The options of an activity <select>: a placeholder, then the active activities in their configured order. */
export function ActivityOptions({ activities }: { activities: readonly { code: string; name: string }[] }) {
  return (
    <>
      <option value="">Kies…</option>
      {activities.map((x) => (
        <option key={x.code} value={x.code}>
          {x.name}
        </option>
      ))}
    </>
  );
}
