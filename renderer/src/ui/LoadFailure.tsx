import { errorMessage } from '../api';

/**
 * "Could not load" for a query that has nothing to show yet. Once a previous answer is on screen we keep
 * showing it (a reload that fails is not worth hiding the data for), so this renders only without data.
 */
export function LoadFailure({ query, what }: { query: { data: unknown; error: unknown }; what: string }) {
  if (!query.error || query.data !== undefined) return null;
  return (
    <p className="notice notice--error" role="alert">
      {what} kon niet worden geladen: {errorMessage(query.error)}
    </p>
  );
}
