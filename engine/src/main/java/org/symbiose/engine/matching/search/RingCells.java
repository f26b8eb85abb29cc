package org.symbiose.engine.matching.search;

import java.util.Arrays;

/**
 * The cells of one ring of a {@link GridWindow}, for {@link GeoGrid#ringCells}: the ring's two edge rows,
 * searched, and one cell at each end of every row between them, which the rows' cursors (kept in the window)
 * reach by stepping one column outwards from the ring before, so that a walk outwards never searches a row
 * twice. Rings asked out of order search every row instead; both give the same cells in the same order
 * ({@code GeoGridTest}).
 */
final class RingCells {

    private RingCells() {}

    /**
     * Puts into {@code cells} (emptied first) the positions of the items of the window's cells at Chebyshev
     * distance {@code ring} from the point's cell (see {@link GeoGrid#ringCells}).
     */
    static void fill(GeoGrid<?> grid, GridWindow w, int ring, GeoGrid.Cells cells) {
        cells.size = 0;
        int top = w.row() + ring;
        int bottom = w.row() - ring;
        int left = w.col() - ring;
        int right = w.col() + ring;
        int cFrom = Math.max(left, w.colFrom());
        int cTo = Math.min(right, w.colTo());
        boolean leftIn = left >= w.colFrom() && left <= w.colTo();
        boolean rightIn = right >= w.colFrom() && right <= w.colTo();
        // The rows between the ring's edges were entered by earlier rings: when the rings come in order, each
        // row's cursors step one column outwards instead of searching the row again.
        boolean stepping = w.cursorRing == ring - 1;
        w.cursorRing = ring;
        if (bottom >= w.rowFrom() && bottom <= w.rowTo()) {
            enterRow(grid, w, bottom, left, right, cFrom, cTo, cells, true);
        }
        if (ring > 0 && top >= w.rowFrom() && top <= w.rowTo()) {
            enterRow(grid, w, top, left, right, cFrom, cTo, cells, true);
        }
        if (!leftIn && !rightIn) {
            // No column of this ring's sides lies in the window; the rows' cursors are left behind, and the
            // next ring (if its sides enter the window: a point east or west of the grid) searches again.
            w.cursorRing = -1;
            return;
        }
        int rFrom = Math.max(bottom + 1, w.rowFrom());
        int rTo = Math.min(top - 1, w.rowTo());
        for (int r = rFrom; r <= rTo; r++) {
            if (stepping) {
                stepOutwards(grid, w, r, left, right, leftIn, rightIn, cells);
            } else {
                enterRow(grid, w, r, left, right, cFrom, cTo, cells, false);
            }
        }
    }

    /**
     * A row the ring's cells reach first (one of its edges), or any row when the rings do not come in order:
     * its cells of columns {@code cFrom..cTo} when {@code whole}, else only those of the columns {@code left}
     * and {@code right} (within {@code cFrom..cTo}); its cursors set for the columns {@code left..right}.
     */
    private static void enterRow(
            GeoGrid<?> grid,
            GridWindow w,
            int row,
            int left,
            int right,
            int cFrom,
            int cTo,
            GeoGrid.Cells cells,
            boolean whole) {
        int[] cellCol = grid.cellCol;
        int i = row - w.rowFrom();
        int from = grid.rowStart[row - grid.rowMin];
        int to = grid.rowStart[row - grid.rowMin + 1];
        int first = lowerBound(cellCol, from, to, left);
        int end = lowerBound(cellCol, first, to, right + 1);
        w.firstCell[i] = first;
        w.endCell[i] = end;
        if (cFrom > cTo) {
            return;
        }
        if (whole) {
            for (int c = lowerBound(cellCol, first, end, cFrom); c < end && cellCol[c] <= cTo; c++) {
                addCell(grid, c, cells);
            }
            return;
        }
        if (first < end && cellCol[first] == left && left >= cFrom) {
            addCell(grid, first, cells);
        }
        if (end > first && cellCol[end - 1] == right && right <= cTo && right != left) {
            addCell(grid, end - 1, cells);
        }
    }

    /**
     * A row inside the ring: its cursors move out by one column on each side; the cell found there, if any,
     * is the row's part of the ring.
     */
    private static void stepOutwards(
            GeoGrid<?> grid,
            GridWindow w,
            int row,
            int left,
            int right,
            boolean leftIn,
            boolean rightIn,
            GeoGrid.Cells cells) {
        int[] cellCol = grid.cellCol;
        int i = row - w.rowFrom();
        int from = grid.rowStart[row - grid.rowMin];
        int to = grid.rowStart[row - grid.rowMin + 1];
        int first = w.firstCell[i];
        if (first > from && cellCol[first - 1] == left) {
            w.firstCell[i] = --first;
            if (leftIn) {
                addCell(grid, first, cells);
            }
        }
        int end = w.endCell[i];
        if (end < to && cellCol[end] == right) {
            w.endCell[i] = end + 1;
            if (rightIn) {
                addCell(grid, end, cells);
            }
        }
    }

    /** The first cell of {@code from..to} (cells of one row) whose column is at least {@code col}. */
    private static int lowerBound(int[] cellCol, int from, int to, int col) {
        int c = Arrays.binarySearch(cellCol, from, to, col);
        return c < 0 ? -c - 1 : c;
    }

    private static void addCell(GeoGrid<?> grid, int c, GeoGrid.Cells cells) {
        if (grid.removed == null || grid.live[c] > 0) {
            cells.add(grid.cellStart[c], grid.cellStart[c + 1]);
        }
    }
}
