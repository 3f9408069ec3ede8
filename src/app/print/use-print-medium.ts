/*
 * The print medium lives in src/lib so that chart modules under src/features (which may not
 * import the app shell) can read it too; this path is where the app's print feature finds it.
 */
export {
  PRINT_CONTENT_WIDTH,
  PRINT_MARGIN_MM,
  printPage,
  usePrintMedium,
  type PrintMedium,
} from '@/lib/use-print-medium';
