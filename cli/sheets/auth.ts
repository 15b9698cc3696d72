/** Credentials for the Sheets API: a service-account key file when given, else Application Default Credentials. */
import { GoogleAuth } from "google-auth-library";

export const SHEETS_SCOPE = "https://www.googleapis.com/auth/spreadsheets";

/** The key file is read by google-auth-library when the first request is made; nothing is stored. */
export function sheetsAuth(keyFile: string | undefined): GoogleAuth {
  return new GoogleAuth({ scopes: [SHEETS_SCOPE], ...(keyFile ? { keyFile } : {}) });
}
