/** Six-month and year-end reviews: each unit's figures (Indicator, IndicatorSource), inspections, regulations review, leadership's example. */
package vn.qcdc.flow.review;
